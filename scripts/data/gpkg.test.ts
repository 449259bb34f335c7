import { describe, expect, it } from 'vitest';
import wkx from 'wkx';
import { GUIYANG_SQUARE } from '../../lib/testing/guiyang-square';
import { gpkgBlobToGeoJson } from './gpkg';

/** A GeoPackage blob: "GP", version 0, flags, srs_id 4326, envelope, then WKB. */
function blob(envelopeIndicator: number, wkb: Buffer): Uint8Array {
  const envelopeBytes = [0, 32, 48, 48, 64][envelopeIndicator] ?? 0;
  const header = Buffer.alloc(8 + envelopeBytes);
  header.write('GP', 0, 'ascii');
  header[2] = 0;
  header[3] = (envelopeIndicator << 1) | 1; // little-endian header
  header.writeInt32LE(4326, 4);
  return new Uint8Array(Buffer.concat([header, wkb]));
}

describe('gpkgBlobToGeoJson', () => {
  const square = wkx.Geometry.parse('POLYGON((106 26,107 26,107 27,106 27,106 26))').toWkb();

  it.each([0, 1, 2, 4])('skips a header with envelope indicator %i', (indicator) => {
    expect(gpkgBlobToGeoJson(blob(indicator, square))).toEqual(GUIYANG_SQUARE);
  });

  it('rejects bytes that are not a GeoPackage geometry', () => {
    expect(() => gpkgBlobToGeoJson(new Uint8Array(square))).toThrow(/GeoPackage/);
  });
});
