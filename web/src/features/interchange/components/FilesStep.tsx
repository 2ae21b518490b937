import { useId } from 'react';
import { download } from '../../../lib/download';
import type { ChosenFile } from '../hooks/use-chosen-files';
import { RECORD_KINDS, templateCsv, type ImportFieldSpec, type RecordKind } from '../import-fields';

export interface FilesStepProps {
  files: readonly ChosenFile[];
  fields: readonly ImportFieldSpec[];
  problem: string | null;
  onFiles: (files: File[]) => void;
  onKind: (index: number, kind: RecordKind) => void;
}

const KIND_WORDS: Readonly<Record<RecordKind, string>> = {
  ACTOR: 'actors',
  RELATION: 'relations',
  SOURCE: 'sources (evidence)',
  THEME: 'themes',
};

const TEMPLATES: readonly RecordKind[] = ['ACTOR', 'RELATION', 'SOURCE'];

/** Choosing the files to import, what each CSV file holds, and templates of our columns. */
export function FilesStep({ files, fields, problem, onFiles, onKind }: FilesStepProps) {
  const id = useId();
  return (
    <div className="files-step">
      <label htmlFor={`${id}-input`}>Files to import</label>
      <p className="hint" id={`${id}-hint`}>
        An actors CSV and a relations CSV (a sources CSV too, if you have one), or one XLSX, JSON, GraphML or GEXF file.
      </p>
      <input
        id={`${id}-input`}
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.xlsx,.json,.graphml,.xml,.gexf"
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => onFiles(Array.from(event.target.files ?? []))}
        data-testid="import-files"
      />
      {problem && (
        <p className="field__problem" id={`${id}-problem`} role="alert" data-testid="import-files-problem">
          {problem}
        </p>
      )}
      {files.length > 0 && (
        <ul className="files-step__list">
          {files.map(({ file, kind }, index) => (
            <li key={`${file.name}:${index}`}>
              <span>
                {file.name} ({Math.max(1, Math.round(file.size / 1024)).toLocaleString('en')} KB)
              </span>
              {kind && (
                <label>
                  holds{' '}
                  <select value={kind} onChange={(event) => onKind(index, event.target.value as RecordKind)}>
                    {RECORD_KINDS.map((choice) => (
                      <option key={choice} value={choice}>
                        {KIND_WORDS[choice]}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="files-step__templates">
        Templates with our columns:{' '}
        {TEMPLATES.map((kind, index) => (
          <span key={kind}>
            {index > 0 && ' · '}
            <button
              type="button"
              className="link-button"
              disabled={fields.length === 0}
              onClick={() =>
                download(
                  new Blob([templateCsv(fields, kind)], { type: 'text/csv' }),
                  `${KIND_WORDS[kind].split(' ')[0]}.csv`,
                )
              }
              data-testid={`template-${kind.toLowerCase()}`}
            >
              {KIND_WORDS[kind].split(' ')[0]}.csv
            </button>
          </span>
        ))}
      </p>
    </div>
  );
}
