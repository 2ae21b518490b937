import { graphql } from '../../../gql';
import type { ImportJobQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type ImportJob = ImportJobQuery['importJob'];

const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      phase
      done
      total
      error {
        code
        message
      }
      report {
        dryRun
        written
        problemCount
        problems {
          file
          row
          element
          column
          reason
          suggestion
        }
        ignoredColumns {
          file
          columns
        }
        addedThemes
        actors {
          createdCount
          updatedCount
          unchangedCount
          refusedCount
        }
        relations {
          createdCount
          updatedCount
          unchangedCount
          refusedCount
        }
      }
    }
  }
`);

/** An import job of the viewer: its progress and, once done, its report. */
export async function getImportJob(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return (await request(IMPORT_JOB, { id }, signal)).importJob;
}
