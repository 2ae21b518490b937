import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';
import type { ImportFieldSpec } from '../import-fields';

const IMPORT_FIELDS = graphql(`
  query ImportFields {
    importFields {
      record
      field
      column
      aliases
      values
    }
  }
`);

/** The fields files may fill (the API's one field table), for the mapping step and the templates. */
export async function getImportFields(signal?: AbortSignal): Promise<ImportFieldSpec[]> {
  return (await request(IMPORT_FIELDS, {}, signal)).importFields;
}
