import type { LonLat } from '../../lib/facts/distance';

/**
 * How rivers get their names. WDBII lines are unnamed, so a river's name goes on the shortest
 * path along the lines linking its anchors: the hydro stations on it in
 * content/facts/power-plants.yaml (field `river`), plus the waypoints below. Anchors snap only
 * to lines of the river's WDBII classes, at most 3 km away, so a station beside a tributary
 * cannot pull the name onto it. Where two named rivers' paths overlap (they run on to a common
 * waypoint downstream of their confluence), the shared stretch takes the `below` name.
 */
export interface RiverRule {
  readonly name: string;
  /** WDBII classes its lines have here (see gshhg.ts); anchors snap to these only. */
  readonly levels: readonly number[];
  /** Extra anchors, each a point read off the WDBII lines and checked against the source named. */
  readonly waypoints: readonly { readonly label: string; readonly at: LonLat }[];
}

/** The Hongshui is formed where the Beipan meets the Nanpan (Guizhou-Guangxi border). */
export const CONFLUENCES = [{ rivers: ['Beipan', 'Nanpan'], below: 'Hongshui' }] as const;

/** Longtan Dam on the Hongshui (Tian'e, Guangxi), the common downstream anchor. */
const LONGTAN: { label: string; at: LonLat } = {
  label: 'Longtan Dam (Wikipedia, Longtan Dam)',
  at: [107.047, 25.027],
};

export const RIVER_RULES: readonly RiverRule[] = [
  {
    // The Liuchong (Hongjiadu) is the Wu's northern headstream, WDBII class 3; the main stem is
    // class 2 down to Fuling, where the Wu enters the Yangtze (Wikipedia, Wu River).
    name: 'Wu',
    levels: [2, 3],
    waypoints: [{ label: 'Wu mouth at Fuling, Chongqing', at: [107.39, 29.7] }],
  },
  {
    // Class 3 in WDBII. Shannipo hydro station "on Beipan River" (WRI GPPD, CDM) marks the
    // upper course; the line runs on to the Nanpan confluence and the shared stretch below.
    name: 'Beipan',
    levels: [1, 3],
    waypoints: [{ label: 'Shannipo station (WRI GPPD)', at: [104.8464, 26.2414] }, LONGTAN],
  },
  { name: 'Nanpan', levels: [1], waypoints: [LONGTAN] },
  // Named by the confluence rule above; it has no anchors of its own.
  { name: 'Hongshui', levels: [1], waypoints: [] },
  {
    // Class 2. From the upstream end of WDBII's line near Duyun, where the Qingshui rises,
    // past Sanbanxi and Baishi (both in the facts table).
    name: 'Qingshui',
    levels: [2],
    waypoints: [{ label: 'upstream end of the WDBII line near Duyun', at: [107.364, 26.417] }],
  },
];
