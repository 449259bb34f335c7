/** Words of the question block, in one place for translation. */
const WORDS = { label: 'A question for the class' } as const;

/** The step's discussion question, as the handout and the presenter's notes give it. */
export function StepQuestion({ question }: { readonly question: string }) {
  return (
    <p className="step-question">
      <strong className="step-question-label">{WORDS.label}:</strong> {question}
    </p>
  );
}
