/** A form step's two ways on: Continue (to the confirmation) or Cancel (back, changing nothing). */
export function ContinueOrCancel({ onContinue, onCancel }: { onContinue: () => void; onCancel: () => void }) {
  return (
    <div className="govuk-button-group">
      <button type="button" className="govuk-button" onClick={onContinue}>
        Continue
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
