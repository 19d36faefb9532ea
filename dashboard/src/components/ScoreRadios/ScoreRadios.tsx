import { FieldsetField, RadioItems } from '../FormGroup/FormGroup';

/** A scale to score on, with its levels (lowest first) and their descriptors. */
export type ScoreScale = {
  key: string;
  title: string;
  description: string;
  levels: { key: string; label: string; descriptor: string; position: number }[];
};

/** Props of ScoreRadios. */
export type ScoreRadiosProps = {
  scale: ScoreScale;
  /** The legend: the question asked, e.g. the scale's title. */
  legend: string;
  value: string | null;
  onChange: (levelKey: string) => void;
  /** Prefix of each radio's id; the first radio's id is what an error summary links to. */
  idPrefix: string;
  error?: string;
  disabled?: boolean;
};

/** The id of the first radio, for an error summary's link. */
export const firstRadioId = (idPrefix: string, scale: ScoreScale): string => `${idPrefix}-${scale.levels[0]?.key ?? 'level'}`;

/**
 * GOV.UK radios for one scale, each level with its descriptor as the hint, so a participant scores
 * against what the level means rather than its name. Full-size radios: large targets on a phone.
 * The highest level comes first, as the toolkit's scales read.
 */
export function ScoreRadios({ scale, legend, value, onChange, idPrefix, error, disabled = false }: ScoreRadiosProps) {
  const levels = [...scale.levels].sort((a, b) => b.position - a.position);
  return (
    <FieldsetField idPrefix={idPrefix} legend={legend} legendSize="m" hint={scale.description || undefined} error={error}>
      <RadioItems
        name={idPrefix}
        options={levels.map((level) => ({ value: level.key, text: level.label, hint: level.descriptor }))}
        value={value}
        onChange={onChange}
        idOf={(option) => `${idPrefix}-${option.value}`}
        disabled={disabled}
      />
    </FieldsetField>
  );
}
