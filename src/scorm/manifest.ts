// imsmanifest.xml for a SCORM 1.2 package (IMS Content Packaging 1.1.2 with
// the ADL SCORM 1.2 extensions): one organization, one item, one SCO
// resource that lists every file of the package.

/** What the manifest says about the package. */
export interface ManifestInput {
  /** A stable id (the assignment's), made XML-id safe here. */
  id: string;
  title: string;
  /** The SCO's launch page (package path). */
  launch: string;
  /** Every file in the package except imsmanifest.xml. */
  files: string[];
  /** 0–100: the LMS's mastery score; null for none. */
  passMark: number | null;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// xs:ID: a letter or underscore first, then letters, digits, "_", "-", ".".
const xmlId = (s: string) => `_${s.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/** The package's imsmanifest.xml. */
export function scormManifest(m: ManifestInput): string {
  const id = xmlId(m.id);
  const mastery =
    m.passMark === null
      ? ''
      : `\n        <adlcp:masteryscore>${Math.round(m.passMark)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="MANIFEST${id}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG${id}">
    <organization identifier="ORG${id}">
      <title>${xml(m.title)}</title>
      <item identifier="ITEM${id}" identifierref="RES${id}" isvisible="true">
        <title>${xml(m.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES${id}" type="webcontent" adlcp:scormtype="sco" href="${xml(m.launch)}">
${m.files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
