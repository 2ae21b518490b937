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

/** The cheapest statement that needs the database itself to be online (not only its Bolt port). */
export const PROBE = defineQuery<Record<string, never>, { ok: number }>('system.probe', 'RETURN 1 AS ok');
