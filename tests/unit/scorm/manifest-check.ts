// Checks an imsmanifest.xml against the rules of SCORM 1.2 (CAM 1.2) and IMS
// Content Packaging 1.1.2, field by field, with a real namespace-aware XML
// parser (sax, strict): returns the list of broken rules (empty when valid).
import sax from 'sax';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

interface El {
  name: string;
  ns: string;
  attrs: Record<string, { ns: string; value: string }>;
  children: El[];
  text: string;
}

function parse(xml: string): El {
  const p = sax.parser(true, { xmlns: true });
  const stack: El[] = [];
  let root: El | null = null;
  p.onopentag = (t) => {
    const tag = t as sax.QualifiedTag;
    const el: El = { name: tag.local, ns: tag.uri, attrs: {}, children: [], text: '' };
    for (const a of Object.values(tag.attributes))
      el.attrs[a.prefix ? `${a.prefix}:${a.local}` : a.local] = { ns: a.uri, value: a.value };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
    root ??= el;
  };
  p.ontext = (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  };
  p.onclosetag = () => void stack.pop();
  p.onerror = (e) => {
    throw e;
  };
  p.write(xml).close();
  if (!root || stack.length > 0) throw new Error('unclosed elements');
  return root;
}

const kids = (el: El, name: string) => el.children.filter((c) => c.name === name && c.ns === IMSCP);
const XS_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** The SCORM 1.2 rules `xml` breaks, given the files of its zip (imsmanifest.xml included). */
export function manifestProblems(xml: string, zipFiles: string[]): string[] {
  const bad: string[] = [];
  const need = (ok: boolean, rule: string) => void (ok || bad.push(rule));
  let root: El;
  try {
    root = parse(xml);
  } catch (e) {
    return [`not well-formed XML: ${(e as Error).message.split('\n')[0]}`];
  }
  need(/^<\?xml version="1.0" encoding="UTF-8"\?>/.test(xml), 'XML declaration with UTF-8');
  need(root.name === 'manifest' && root.ns === IMSCP, 'root element manifest in imscp_rootv1p1p2');
  need(
    /xmlns:adlcp="http:\/\/www\.adlnet\.org\/xsd\/adlcp_rootv1p2"/.test(xml),
    'adlcp_rootv1p2 namespace declared',
  );
  need(XS_ID.test(root.attrs.identifier?.value ?? ''), 'manifest identifier is an xs:ID');
  const [metadata] = kids(root, 'metadata');
  need(!!metadata, 'metadata element');
  need(kids(metadata ?? root, 'schema')[0]?.text === 'ADL SCORM', 'schema "ADL SCORM"');
  need(kids(metadata ?? root, 'schemaversion')[0]?.text === '1.2', 'schemaversion "1.2"');
  const orgs = kids(root, 'organizations');
  need(orgs.length === 1, 'one organizations element');
  const org = kids(orgs[0] ?? root, 'organization');
  need(org.length === 1, 'one organization');
  need(
    orgs[0]?.attrs.default?.value === org[0]?.attrs.identifier?.value,
    'organizations default names the organization',
  );
  need(!!kids(org[0] ?? root, 'title')[0]?.text.trim(), 'organization title');
  const items = kids(org[0] ?? root, 'item');
  need(items.length === 1, 'one item');
  const item = items[0];
  need(!!kids(item ?? root, 'title')[0]?.text.trim(), 'item title');
  const mastery = item?.children.find((c) => c.name === 'masteryscore');
  if (mastery) {
    need(mastery.ns === ADLCP, 'masteryscore in the adlcp namespace');
    need(/^\d{1,3}$/.test(mastery.text) && Number(mastery.text) <= 100, 'masteryscore 0–100');
  }
  const resources = kids(kids(root, 'resources')[0] ?? root, 'resource');
  need(resources.length === 1, 'one resource');
  const res = resources[0];
  need(
    item?.attrs.identifierref?.value === res?.attrs.identifier?.value,
    'item identifierref names the resource',
  );
  need(res?.attrs.type?.value === 'webcontent', 'resource type webcontent');
  const scormType = res?.attrs['adlcp:scormtype'];
  need(scormType?.ns === ADLCP && scormType.value === 'sco', 'adlcp:scormtype="sco"');
  const href = res?.attrs.href?.value ?? '';
  need(href !== '' && zipFiles.includes(href), 'resource href is a file of the package');
  const ids = [root, org[0], item, res].map((e) => e?.attrs.identifier?.value ?? '');
  need(
    ids.every((id) => XS_ID.test(id)) && new Set(ids).size === ids.length,
    'identifiers are unique xs:IDs',
  );
  const listed = kids(res ?? root, 'file').map((f) => f.attrs.href?.value ?? '');
  const inZip = zipFiles.filter((f) => f !== 'imsmanifest.xml');
  for (const f of inZip) need(listed.includes(f), `${f} is in the zip but not listed`);
  for (const f of listed) need(inZip.includes(f), `${f} is listed but not in the zip`);
  need(zipFiles.includes('imsmanifest.xml'), 'imsmanifest.xml at the root of the zip');
  return bad;
}
