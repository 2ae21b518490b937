import { fileRequest } from '../../../lib/graphql-client';

/** What POST /import/uploads answers. */
export interface Upload {
  uploadId: string;
  name: string;
  bytes: number;
}

/** Sends one file to the API as an upload for startImport (the API streams it to a temporary file). */
export async function uploadFile(file: File, signal?: AbortSignal): Promise<Upload> {
  const response = await fileRequest(`/import/uploads?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
    ...(signal ? { signal } : {}),
  });
  return (await response.json()) as Upload;
}
