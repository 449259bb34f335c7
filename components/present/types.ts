/** What the presenter view needs of a step: words only, no map and no rendered content. */
export interface PresenterStep {
  readonly id: string;
  readonly title: string;
  /** Background for the presenter, from the step's front matter. */
  readonly notes: string;
  /** A question to open a class discussion. */
  readonly question: string;
  /** What the map on the projector shows, in words. */
  readonly mapDescription: string;
}
