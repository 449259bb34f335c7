/** The two devices the bench measures as. */
export interface Profile {
  readonly name: 'desktop' | 'phone';
  readonly viewport: { readonly width: number; readonly height: number };
  readonly deviceScaleFactor: number;
  readonly isMobile: boolean;
  readonly hasTouch: boolean;
  /** CDP Network.emulateNetworkConditions, or none. */
  readonly network: {
    readonly latency: number;
    readonly downloadThroughput: number;
    readonly uploadThroughput: number;
  } | null;
  /** CDP Emulation.setCPUThrottlingRate: 4 means four times slower than this machine. */
  readonly cpuSlowdown: number;
  /** Said in the table. */
  readonly description: string;
}

/**
 * DevTools' "Slow 4G" preset (formerly "Fast 3G"): Lighthouse's mobile network (150 ms RTT,
 * 1.6 Mbit/s down, 750 kbit/s up) as DevTools applies it, with its latency and throughput
 * factors for request-level throttling. CDP takes bytes per second.
 */
export const SLOW_4G = {
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
} as const;

export const DESKTOP: Profile = {
  name: 'desktop',
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
  network: null,
  cpuSlowdown: 1,
  description: 'desktop 1280x800, no throttling',
};

export const PHONE: Profile = {
  name: 'phone',
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  network: SLOW_4G,
  cpuSlowdown: 4,
  description: 'phone 390x844 @2x, Slow 4G (562.5 ms, 1.44 Mbit/s) and CPU 4x slower',
};

export const PROFILES: readonly Profile[] = [DESKTOP, PHONE];
