// XMLHttpRequest rather than fetch: only XHR reports upload progress.
export type UploadAnswer = { status: number; json: Record<string, unknown> | null };
export type BadRow = { row: number | null; column: string | null; value: string; reason: string };

/**
 * POSTs a file (or text) as text/csv, reporting the share sent (0–1); resolves with the JSON answer. With
 * onLine, asks for an NDJSON stream and hands over each line as it arrives; the answer is the last line.
 */
export function uploadWithProgress(url: string, body: Blob | string, onProgress: (sent: number) => void, onLine?: (line: Record<string, unknown>) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'text/csv');
    let seen = 0;
    const lines = (): Record<string, unknown>[] => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n') + 1;
      const out = text
        .slice(seen, end)
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      seen = end;
      return out;
    };
    if (onLine) {
      xhr.setRequestHeader('accept', 'application/x-ndjson');
      xhr.onprogress = () => {
        if ((xhr.getResponseHeader('content-type') ?? '').includes('ndjson')) lines().forEach(onLine);
      };
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      let json: Record<string, unknown> | null = null;
      try {
        if (onLine && (xhr.getResponseHeader('content-type') ?? '').includes('ndjson')) {
          lines().forEach(onLine);
          // The stream's last line is { result } (a 200) or { error } (answered here as a 400).
          const last = JSON.parse(xhr.responseText.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
          return resolve(last.result ? { status: 200, json: last.result as Record<string, unknown> } : { status: 400, json: last });
        }
        json = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: e.g. a proxy's error page */
      }
      resolve({ status: xhr.status, json });
    };
    xhr.onerror = () => reject(new Error('The upload failed: check your connection and try again.'));
    xhr.send(body);
  });
}

/** The message and bad rows of an error answer. */
export function errorOf(a: UploadAnswer): { message: string; rows: BadRow[]; fields: Record<string, string[]> } {
  const error = (a.json?.error ?? {}) as { message?: string; rows?: BadRow[]; fields?: Record<string, string[]> };
  const fallback = a.status === 413 ? 'The file is larger than 5 MB: split it into smaller files.' : `The server answered ${a.status}. Nothing was written.`;
  return { message: error.message ?? fallback, rows: error.rows ?? [], fields: error.fields ?? {} };
}
