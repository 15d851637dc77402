import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopChild } from '../../launcher/src/child-process';
import { freePort } from '../../launcher/src/free-port';

const root = path.resolve(__dirname, '../../..');
const NGINX_CANDIDATES = [process.env['NGINX_PATH'], '/usr/sbin/nginx', '/usr/bin/nginx'].filter((candidate): candidate is string => !!candidate);

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /**
   * Listen with TLS and HTTP/2, as a deployment's https front does, on a certificate made for localhost here (a
   * browser must be told to accept it). Browsers speak HTTP/2, and ask for brotli, only over https.
   */
  tls?: boolean;
}

/** A self-signed certificate for localhost, made with Debian's openssl in `folder`. */
function localhostCertificate(folder: string): { certificate: string; key: string } {
  const certificate = path.join(folder, 'localhost.crt');
  const key = path.join(folder, 'localhost.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', certificate], { stdio: 'ignore' });
  return { certificate, key };
}

/**
 * Debian's nginx (with its brotli modules, as in the portal image) running `deploy/nginx.conf` as the image runs it, with only what the image and the
 * compose file give it changed: PUBLIC_URL filled in, the API's address, the port, the built portal's folder
 * and the snippet's path.
 */
export async function startDeploymentNginx(apiUrl: string, publicUrl: string, options: NginxOptions = {}): Promise<RunningNginx> {
  const binary = NGINX_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!binary) throw new Error('nginx not found: install Debian\'s "nginx" package (or set NGINX_PATH)');
  const port = await freePort(8400 + Math.floor(Math.random() * 400));
  const folder = mkdtempSync(path.join(tmpdir(), 'hocso-nginx-'));
  const tls = options.tls ? localhostCertificate(folder) : null;
  const listen = tls ? `listen 127.0.0.1:${port} ssl http2; ssl_certificate ${tls.certificate}; ssl_certificate_key ${tls.key};` : `listen 127.0.0.1:${port};`;
  const server = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
    .replaceAll('${PUBLIC_URL}', publicUrl)
    .replace('server api:3000;', `server ${new URL(apiUrl).host};`)
    .replace('listen 80;', listen)
    .replace('root /usr/share/nginx/html;', `root ${path.join(root, 'dist/apps/portal')};`)
    .replaceAll('include /etc/nginx/snippets/security-headers.conf;', `include ${path.join(root, 'deploy/security-headers.conf')};`);
  writeFileSync(path.join(folder, 'default.conf'), server);
  // The main file of the nginx image, in short: it includes the MIME types and the server configuration.
  const temp = (name: string) => `${name}_temp_path ${path.join(folder, name)};`;
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    [
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      'include /etc/nginx/modules-enabled/*.conf;',
      `pid ${path.join(folder, 'nginx.pid')};`,
      `error_log ${path.join(folder, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  gzip on;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(folder, 'default.conf')};`,
      '}',
    ].join('\n'),
  );
  const output: string[] = [];
  const child: ChildProcess = spawn(binary, ['-e', path.join(folder, 'error.log'), '-c', path.join(folder, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = tls ? `https://localhost:${port}` : `http://127.0.0.1:${port}`;
  const ready = () => (tls ? answersOverTls(port) : fetch(`${url}/robots.txt`).then((response) => response.ok).catch(() => false));
  const deadline = Date.now() + 15_000;
  while (!(await ready())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const log = existsSync(path.join(folder, 'error.log')) ? readFileSync(path.join(folder, 'error.log'), 'utf8') : '';
      throw new Error(`nginx did not start:\n${output.join('')}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      await stopChild(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Whether nginx answers on `port` over TLS (its certificate is not checked: it was made here a moment ago). */
function answersOverTls(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = https.get({ host: '127.0.0.1', port, path: '/robots.txt', rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}
