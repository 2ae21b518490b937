import { defineQuery } from '../query';

export interface ComponentRow {
  name: string;
  version: string;
  edition: string;
}

/** What the server says about itself. */
export const DBMS_COMPONENTS = defineQuery<Record<string, never>, ComponentRow>(
  'system.dbmsComponents',
  'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
);
