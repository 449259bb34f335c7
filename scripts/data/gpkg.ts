import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import wkx from 'wkx';

/** Envelope sizes in bytes, by the 3-bit envelope indicator of a GeoPackage geometry header. */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/**
 * Turns a GeoPackage geometry blob into a GeoJSON geometry object. A GPKG blob is a header
 * ("GP", version, flags, srs_id, optional envelope) followed by standard WKB
 * (http://www.geopackage.org/spec/#gpb_format).
 */
export function gpkgBlobToGeoJson(blob: Uint8Array): object {
  if (blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('not a GeoPackage geometry blob');
  const flags = blob[3] ?? 0;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0b111];
  if (envelope === undefined) throw new Error(`bad GeoPackage envelope indicator in ${flags}`);
  const wkb = Buffer.from(
    blob.buffer,
    blob.byteOffset + 8 + envelope,
    blob.byteLength - 8 - envelope,
  );
  return wkx.Geometry.parse(wkb).toGeoJSON();
}

/** One row of a GeoPackage layer: its text columns and its geometry as GeoJSON. */
export interface GpkgRow {
  readonly columns: Readonly<Record<string, string>>;
  readonly geometry: object;
}

/**
 * Reads rows of a GeoPackage layer with sql.js (SQLite compiled to WebAssembly, no native
 * build). `where` is a trusted SQL condition written in this build, never user input.
 */
export async function readGpkgLayer(
  file: string,
  layer: string,
  columns: readonly string[],
  where: string,
): Promise<GpkgRow[]> {
  const require = createRequire(import.meta.url);
  const SQL = await initSqlJs({ locateFile: (name) => require.resolve(`sql.js/dist/${name}`) });
  const db = new SQL.Database(readFileSync(file));
  try {
    const statement = db.prepare(
      `SELECT geom, ${columns.join(', ')} FROM ${layer} WHERE ${where} ORDER BY fid`,
    );
    const rows: GpkgRow[] = [];
    while (statement.step()) {
      const [geom, ...values] = statement.get();
      if (!(geom instanceof Uint8Array)) continue;
      const record: Record<string, string> = {};
      columns.forEach((column, index) => {
        record[column] = String(values[index] ?? '');
      });
      rows.push({ columns: record, geometry: gpkgBlobToGeoJson(geom) });
    }
    statement.free();
    return rows;
  } finally {
    db.close();
  }
}
