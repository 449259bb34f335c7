import h5wasm from 'h5wasm/node';

/**
 * Reader for GMT's binned GSHHG/WDBII files (here `binned_river_h.nc` from Debian
 * `gmt-gshhg-high`). The Debian files are netCDF-4, that is HDF5, which netcdfjs (netCDF-3
 * only) cannot open; h5wasm (the HDF5 C library in WebAssembly) can, so the build needs no
 * GMT install. The layout follows GMT's gmt_shore.c: the world is cut into square bins; each
 * bin lists segments; each point is an unsigned 16-bit offset from the bin's south-west corner.
 */

export type LonLat = readonly [number, number];

/** One river segment as stored: clipped to its bin, with its WDBII class. */
export interface BinnedSegment {
  /** WDBII river class as GMT numbers it: 0 double-lined, 1 permanent major, 2 additional
   * major, 3 additional, 4 minor, 5-7 intermittent, 8-10 canals. */
  readonly level: number;
  readonly points: readonly LonLat[];
}

/** The arrays of a binned file, named after its netCDF variables. */
export interface BinnedArrays {
  readonly binSizeMinutes: number;
  readonly binsPerLongitude: number;
  readonly firstSegmentInBin: ArrayLike<number>;
  readonly segmentsInBin: ArrayLike<number>;
  readonly pointsInSegment: ArrayLike<number>;
  readonly levelOfSegment: ArrayLike<number>;
  readonly firstPointInSegment: ArrayLike<number>;
  readonly relativeLon: ArrayLike<number>;
  readonly relativeLat: ArrayLike<number>;
}

function at(array: ArrayLike<number>, index: number): number {
  const value = array[index];
  if (value === undefined) throw new Error(`binned file: index ${index} out of range`);
  return value;
}

/**
 * Segments of every bin that touches `bbox` ([west, south, east, north], longitudes 0-360).
 * Bins are numbered row by row from the north-west corner, as in GMT.
 */
export function decodeBinnedSegments(
  data: BinnedArrays,
  bbox: readonly [number, number, number, number],
): BinnedSegment[] {
  const [west, south, east, north] = bbox;
  const binDegrees = data.binSizeMinutes / 60;
  const scale = binDegrees / 65535;
  const segments: BinnedSegment[] = [];
  for (let bin = 0; bin < data.firstSegmentInBin.length; bin++) {
    const lon0 = (bin % data.binsPerLongitude) * binDegrees;
    const lat0 = 90 - (Math.floor(bin / data.binsPerLongitude) + 1) * binDegrees;
    if (lon0 + binDegrees < west || lon0 > east || lat0 + binDegrees < south || lat0 > north)
      continue;
    const first = at(data.firstSegmentInBin, bin);
    for (let s = first; s < first + at(data.segmentsInBin, bin); s++) {
      const start = at(data.firstPointInSegment, s);
      const points: LonLat[] = [];
      for (let p = start; p < start + at(data.pointsInSegment, s); p++) {
        // Stored as signed shorts; the offsets are unsigned (0..65535).
        points.push([
          lon0 + (at(data.relativeLon, p) & 0xffff) * scale,
          lat0 + (at(data.relativeLat, p) & 0xffff) * scale,
        ]);
      }
      if (points.length >= 2) segments.push({ level: at(data.levelOfSegment, s), points });
    }
  }
  return segments;
}

/** Opens a binned GSHHG file and decodes the segments inside `bbox`. */
export async function readBinnedSegments(
  file: string,
  bbox: readonly [number, number, number, number],
): Promise<BinnedSegment[]> {
  await h5wasm.ready;
  const h5 = new h5wasm.File(file, 'r');
  try {
    const numbers = (name: string): ArrayLike<number> => {
      const entity = h5.get(name);
      const value = entity instanceof h5wasm.Dataset ? entity.value : null;
      if (value instanceof Int16Array || value instanceof Int32Array) return value;
      throw new Error(`${file}: ${name} is not a 16- or 32-bit integer array`);
    };
    const scalar = (name: string): number => at(numbers(name), 0);
    return decodeBinnedSegments(
      {
        binSizeMinutes: scalar('Bin_size_in_minutes'),
        binsPerLongitude: scalar('N_bins_in_360_longitude_range'),
        firstSegmentInBin: numbers('Id_of_first_segment_in_a_bin'),
        segmentsInBin: numbers('N_segments_in_a_bin'),
        pointsInSegment: numbers('N_points_for_a_segment'),
        levelOfSegment: numbers('Hierarchial_level_of_a_segment'),
        firstPointInSegment: numbers('Id_of_first_point_in_a_segment'),
        relativeLon: numbers('Relative_longitude_from_SW_corner_of_bin'),
        relativeLat: numbers('Relative_latitude_from_SW_corner_of_bin'),
      },
      bbox,
    );
  } finally {
    h5.close();
  }
}
