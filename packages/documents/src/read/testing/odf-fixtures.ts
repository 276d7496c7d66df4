import { strToU8, zipSync } from 'fflate';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
].join(' ');

export type OdfTestKind = 'text' | 'spreadsheet' | 'presentation';

/** content.xml of an OpenDocument whose body (office:text / office:spreadsheet …) holds `body`. */
export function odfContent(kind: OdfTestKind, body: string, automaticStyles = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:automatic-styles>${automaticStyles}</office:automatic-styles><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`;
}

/**
 * A minimal but valid ODF package, as LibreOffice lays it out: `mimetype` first and stored, then the
 * manifest, content.xml and styles.xml (`styles` is the office:styles of styles.xml).
 */
export function odfPackage(kind: OdfTestKind, body: string, options: { automaticStyles?: string; styles?: string; extra?: Record<string, string> } = {}): Uint8Array {
  const mime = `application/vnd.oasis.opendocument.${kind}`;
  return zipSync({
    mimetype: [strToU8(mime), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
    'content.xml': strToU8(odfContent(kind, body, options.automaticStyles)),
    'styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.3"><office:styles>${options.styles ?? ''}</office:styles></office:document-styles>`),
    ...Object.fromEntries(Object.entries(options.extra ?? {}).map(([k, v]) => [k, strToU8(v)])),
  });
}

/** A flat OpenDocument (.fodt/.fods): the whole document in one XML file. */
export function flatOdf(kind: OdfTestKind, body: string, automaticStyles = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.${kind}"><office:automatic-styles>${automaticStyles}</office:automatic-styles><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document>`;
}
