import { StorageNotice } from './StorageNotice.tsx';

/** The storage notice at the top of every page (mounted in the page banner), so it is never missed. */
export default function PageNotice() {
  return (
    <div class="nn-page-notice">
      <StorageNotice host />
    </div>
  );
}
