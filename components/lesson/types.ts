/** What the lesson builder needs of a step: its id and a title to show. */
export interface BuilderStep {
  readonly id: string;
  readonly title: string;
}
