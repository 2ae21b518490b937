import { duplicateTargets, targetOf, type ColumnChoice } from '../column-mapping';
import { fieldsOfKind, RECORD_KINDS, type ImportFieldSpec, type RecordKind } from '../import-fields';

export interface MappingStepProps {
  choices: readonly ColumnChoice[];
  fields: readonly ImportFieldSpec[];
  onChoose: (choice: ColumnChoice, target: string | null) => void;
}

const KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  ACTOR: 'Actor',
  RELATION: 'Relation',
  SOURCE: 'Source',
  THEME: 'Theme',
};

/**
 * The columns of the chosen files and the field each is read as (pre-filled with the names the API
 * knows), or left out. Columns of a graph file may be actor or relation fields.
 */
export function MappingStep({ choices, fields, onChoose }: MappingStepProps) {
  const twice = duplicateTargets(choices);
  const files = [...new Set(choices.map((choice) => choice.file))];
  return (
    <div className="mapping-step" data-testid="mapping-step">
      {files.map((file) => (
        <table className="mapping-table" key={file}>
          <caption>Columns of {file}</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {choices.map((choice, index) => {
              if (choice.file !== file) return null;
              const id = `mapping-${index}`;
              const clash = choice.target !== null && twice.has(`${choice.file}\u0000${choice.target}`);
              const kinds = choice.record ? [choice.record] : RECORD_KINDS.filter((kind) => kind !== 'THEME');
              return (
                <tr key={`${choice.file}:${choice.column}`}>
                  <th scope="row">
                    <label htmlFor={id}>{choice.column}</label>
                  </th>
                  <td>
                    <select
                      id={id}
                      value={choice.target ?? ''}
                      onChange={(event) => onChoose(choice, event.target.value || null)}
                      aria-invalid={clash || undefined}
                      aria-describedby={clash ? `${id}-clash` : undefined}
                      data-testid="mapping-select"
                    >
                      <option value="">— leave out —</option>
                      {kinds.map((kind) => (
                        <optgroup key={kind} label={KIND_LABELS[kind]}>
                          {fieldsOfKind(fields, kind).map((spec) => (
                            <option key={spec.field} value={targetOf(spec)}>
                              {spec.field}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                    {clash && (
                      <span id={`${id}-clash`} className="field-error">
                        Another column is read as this field: only the first is used.
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}
