// mapshaper ships no type declarations; this is the one entry point the data build uses.
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory inputs; resolves to the files the `-o` commands wrote. */
  export function applyCommands(
    commands: string,
    input?: Record<string, string | Buffer>,
  ): Promise<Record<string, string | Buffer>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
