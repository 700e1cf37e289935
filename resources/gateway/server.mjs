// fieldkit HQ's upload front end: the official tus server (@tus/server) behind HQ's pinned TLS certificate, with
// fieldkit's checks done by the hooks service that `fieldkit hq gateway` runs beside it (fieldkit/hq/gateway.py).
//
// Devices see the same URLs as `fieldkit hq serve`: POST /files, HEAD|PATCH|DELETE /files/<32 hex>,
// GET /files/<32 hex>/receipt, GET /health. Every request but /health and OPTIONS is authorised by the hooks
// service BEFORE the tus server sees it (credential, and that the upload is the device's own: another device's
// upload answers exactly as a missing one), and onIncomingRequest refuses any request that was not (belt and braces).
// Creation is checked again in onUploadCreate (size cap, per-device quotas, the upload's row); a finished upload is
// handed to the hooks (a verification job). Configuration comes from the environment (`fieldkit hq gateway
// --print-config` prints it); the hooks secret is read from a file and never logged.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { Server } from '@tus/server';
import { ERRORS } from '@tus/utils';

process.umask(0o077); // upload files for HQ's operator alone, as every `fieldkit hq` command makes them

const env = process.env;
const need = (name) => {
  const value = env[name];
  if (!value) {
    console.error(`fieldkit gateway: ${name} is not set: run it through 'fieldkit hq gateway' or its --print-config`);
    process.exit(2);
  }
  return value;
};

const listen = need('FIELDKIT_GATEWAY_LISTEN');
const hooksUrl = need('FIELDKIT_GATEWAY_HOOKS_URL').replace(/\/$/, '');
const secret = readFileSync(need('FIELDKIT_GATEWAY_HOOKS_SECRET_FILE'), 'utf8').trim();
const maxSize = Number.parseInt(need('FIELDKIT_GATEWAY_MAX_SIZE'), 10);
const hookTimeoutMs = Number.parseFloat(env.FIELDKIT_GATEWAY_HOOK_TIMEOUT_S || '15') * 1000;
const headerDeadlineMs = Number.parseFloat(env.FIELDKIT_GATEWAY_HEADER_DEADLINE_S || '10') * 1000;
const bodyIdleMs = Number.parseFloat(env.FIELDKIT_GATEWAY_BODY_IDLE_S || '60') * 1000;

const UPLOAD = /^\/files\/([0-9a-f]{32})(\/receipt)?$/;
const JSON_TYPE = 'application/json';

// Where an upload's bytes go, as a storage key of HQ's Storage: "gateway/<id>" below the HQ folder (file store) or
// below the bucket's prefix (S3: @tus/s3-store has no key prefix of its own, so the tus id carries it).
let datastore;
let storeIdPrefix;
if (env.FIELDKIT_GATEWAY_S3_BUCKET) {
  const { S3Store } = await import('@tus/s3-store');
  const prefix = env.FIELDKIT_GATEWAY_S3_PREFIX || '';
  storeIdPrefix = `${prefix ? `${prefix.replace(/\/+$/, '')}/` : ''}gateway/`;
  const s3 = { bucket: env.FIELDKIT_GATEWAY_S3_BUCKET, region: env.FIELDKIT_GATEWAY_S3_REGION || 'us-east-1' };
  if (env.FIELDKIT_GATEWAY_S3_ENDPOINT) {
    s3.endpoint = env.FIELDKIT_GATEWAY_S3_ENDPOINT;
    s3.forcePathStyle = true; // Ceph RGW, moto: the bucket in the path, not in the host name
  }
  // Credentials: the AWS SDK's own chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the environment).
  datastore = new S3Store({ partSize: 8 * 1024 * 1024, s3ClientConfig: s3 });
} else {
  const { FileStore } = await import('@tus/file-store');
  storeIdPrefix = '';
  datastore = new FileStore({ directory: need('FIELDKIT_GATEWAY_DIRECTORY') });
}
const storeId = (id) => storeIdPrefix + id;
const urlId = (id) => (id.startsWith(storeIdPrefix) ? id.slice(storeIdPrefix.length) : '');

class HookError extends Error {
  constructor(status_code, body) {
    super(`hook refused (${status_code})`);
    this.status_code = status_code;
    this.body = body;
  }
}

async function hook(name, payload) {
  let response;
  try {
    response = await fetch(`${hooksUrl}/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': JSON_TYPE, 'X-Fieldkit-Hook-Secret': secret },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(hookTimeoutMs),
    });
  } catch (error) {
    console.error(`fieldkit gateway: the hooks service did not answer '${name}' (${error.name})`);
    throw new HookError(503, JSON.stringify({ error: "HQ's checks are not answering: the upload is retried later" }));
  }
  if (response.status !== 200) {
    console.error(`fieldkit gateway: the hooks service answered '${name}' with ${response.status}`);
    throw new HookError(503, JSON.stringify({ error: "HQ's checks failed: the upload is retried later" }));
  }
  return response.json(); // {"status": N, "body": ..., "device": ...}
}

const NOT_FOUND = ERRORS.FILE_NOT_FOUND; // the tus server's own answer for an upload it does not hold

function refusal(answer) {
  if (answer.status === 404) {
    return new HookError(NOT_FOUND.status_code, NOT_FOUND.body); // another device's upload is a missing one
  }
  return new HookError(answer.status, JSON.stringify(answer.body ?? {}));
}

const nodeRequest = (req) => req.runtime?.node?.req ?? req.node?.req;

const tus = new Server({
  path: '/files',
  datastore,
  maxSize,
  relativeLocation: true,
  disableTerminationForFinishedUploads: true,
  namingFunction: () => storeId(randomBytes(16).toString('hex')),
  generateUrl: (_req, { path, id }) => `${path}/${urlId(id)}`,
  getFileIdFromRequest: (req) => {
    const match = UPLOAD.exec(new URL(req.url).pathname);
    return match && !match[2] ? storeId(match[1]) : undefined;
  },
  // Runs before every tus handler: only a request the hooks authorised, for the upload they authorised, goes on.
  onIncomingRequest: async (req, id) => {
    const checked = nodeRequest(req)?.fieldkit;
    if (!checked || (req.method !== 'POST' && checked.storeId !== id)) {
      throw new HookError(NOT_FOUND.status_code, NOT_FOUND.body);
    }
  },
  onUploadCreate: async (req, upload) => {
    const answer = await hook('create', {
      authorization: req.headers.get('authorization'),
      upload_id: urlId(upload.id),
      length: upload.size ?? null,
      metadata: upload.metadata ?? {},
    });
    if (answer.status !== 200) {
      throw refusal(answer);
    }
    return {};
  },
  onUploadFinish: async (_req, upload) => {
    await hook('finish', { upload_id: urlId(upload.id), size: upload.size });
    return {};
  },
  onResponseError: (_req, error) => {
    if (error instanceof HookError) {
      return { status_code: error.status_code, body: error.body };
    }
    return undefined;
  },
});

tus.on('POST_TERMINATE', (_req, _res, id) => {
  hook('terminated', { upload_id: urlId(id) }).catch(() => {});
});

function reply(res, status, body, extra = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Tus-Resumable': '1.0.0',
    'Cache-Control': 'no-store',
    'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : JSON_TYPE,
    'Content-Length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

function refuse(req, res, error) {
  // A refused PATCH's body is not read: close the connection rather than drain the rest of the file.
  const close = req.method === 'PATCH' ? { Connection: 'close' } : {};
  let body = error.body;
  try {
    body = JSON.parse(body);
  } catch {
    // tus's own text answer (404)
  }
  reply(res, error.status_code, body, close);
}

async function receipt(req, res, id) {
  const authorization = req.headers.authorization ?? null;
  const answer = await hook('receipt', { authorization, upload_id: id });
  if (answer.status === 409) {
    // Not finished as far as HQ's database knows: say how much arrived. All of it (the front end stopped between the
    // last byte and the finish hook) is finished now, so the device's next question gets its receipt.
    const upload = await datastore.getUpload(storeId(id)).catch(() => null);
    const offset = upload?.offset ?? 0;
    if (upload && upload.size !== undefined && offset === upload.size) {
      await hook('finish', { upload_id: id, size: upload.size });
      reply(res, 202, { state: 'verifying' });
      return;
    }
    reply(res, 409, { state: 'incomplete', offset });
    return;
  }
  if (answer.status !== 200 && answer.status !== 202) {
    throw refusal(answer);
  }
  reply(res, answer.status, answer.body);
}

async function handle(req, res) {
  const path = new URL(req.url, 'https://hq').pathname;
  if (req.method === 'GET' && path === '/health') {
    reply(res, 200, { status: 'ok', tus: '1.0.0' });
    return;
  }
  if (req.method === 'OPTIONS') {
    await tus.handle(req, res);
    return;
  }
  const match = UPLOAD.exec(path);
  try {
    if (req.method === 'GET' && match?.[2]) {
      await receipt(req, res, match[1]);
      return;
    }
    const uploadId = match && !match[2] ? match[1] : null;
    const answer = await hook('authorize', {
      method: req.method,
      authorization: req.headers.authorization ?? null,
      upload_id: uploadId,
    });
    if (answer.status !== 200) {
      throw refusal(answer);
    }
    if (req.method === 'HEAD' && Number.isInteger(answer.decided)) {
      // HQ verified this upload and removed the tus server's record of it (the worker tidies it): it is whole.
      res.writeHead(200, {
        'Tus-Resumable': '1.0.0',
        'Cache-Control': 'no-store',
        'Upload-Offset': String(answer.decided),
        'Upload-Length': String(answer.decided),
      });
      res.end();
      return;
    }
    const known = (req.method === 'POST' && path === '/files') || (uploadId && req.method !== 'GET');
    if (!known) {
      throw new HookError(NOT_FOUND.status_code, NOT_FOUND.body); // no downloads, no other paths
    }
    req.fieldkit = { device: answer.device, storeId: uploadId ? storeId(uploadId) : null };
    if (req.headers['upload-metadata'] === '') {
      // fieldkit's client sends an empty Upload-Metadata for no metadata (hq serve takes it); tus wants none.
      delete req.headers['upload-metadata'];
      const raw = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        if (req.rawHeaders[i].toLowerCase() !== 'upload-metadata') raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
      }
      req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
    }
    await tus.handle(req, res);
  } catch (error) {
    if (!(error instanceof HookError)) {
      console.error(`fieldkit gateway: ${req.method} failed (${error.name})`);
      error = new HookError(500, JSON.stringify({ error: 'HQ failed to handle the request: it is retried later' }));
    }
    if (!res.headersSent) {
      refuse(req, res, error);
    } else {
      res.destroy();
    }
  }
}

const [host, port] = [listen.slice(0, listen.lastIndexOf(':')).replace(/^\[|\]$/g, ''), listen.slice(listen.lastIndexOf(':') + 1)];
const options = {
  headersTimeout: headerDeadlineMs, // request line and headers, in total (a slowloris is cut at this deadline)
  requestTimeout: 0, // a PATCH from a thin link may take hours
  keepAliveTimeout: 5000,
};
const server = https.createServer(
  {
    ...options,
    key: readFileSync(need('FIELDKIT_GATEWAY_TLS_KEY')),
    cert: readFileSync(need('FIELDKIT_GATEWAY_TLS_CERT')),
    minVersion: 'TLSv1.2',
  },
  handle,
);
server.setTimeout(bodyIdleMs); // a body may be slow, but not silent
server.listen(Number.parseInt(port, 10), host || '0.0.0.0', () => {
  const { port: bound } = server.address();
  // The first line on stdout: fieldkit (and the tests) wait for it.
  console.log(`fieldkit gateway listening on https://${host}:${bound} (tus 1.0)`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
