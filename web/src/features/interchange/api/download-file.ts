import { download } from '../../../lib/download';
import { fileRequest } from '../../../lib/graphql-client';

/**
 * Downloads one of the API's files (an export, a job's problems) with the session's credentials and
 * saves it under the name the API gives it (content-disposition), else `fallbackName`.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await fileRequest(path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  download(await response.blob(), name);
}
