// A proxy that makes a sync server look like a protocol 1.0 server: no log ids in pull pages or the stream's
// `ready`, and the `at` of a pull dropped. The contract runs through it, so a vendor's 1.0 server still passes.
import http from 'node:http';

/** Text without the 1.1 `log` field of a JSON body or an event's data. */
const withoutLogIds = (text) => text.replace(/,"log":"[^"]*"/g, '').replace(/"log":"[^"]*",?/g, '');

/** Starts the proxy in front of `targetUrl` on a free port of 127.0.0.1; resolves to its url and close(). */
export async function startProtocol10Proxy(targetUrl) {
  const target = new URL(targetUrl);
  const proxy = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://proxy');
    url.searchParams.delete('at');
    const upstream = http.request({ host: target.hostname, port: target.port, path: url.pathname + url.search, method: request.method, headers: request.headers }, (answer) => {
      const headers = { ...answer.headers };
      delete headers['content-length'];
      response.writeHead(answer.statusCode ?? 502, headers);
      answer.setEncoding('utf8');
      // Event-stream chunks are whole lines as the reference server writes them: a field is never split.
      answer.on('data', (chunk) => response.write(withoutLogIds(chunk)));
      answer.on('end', () => response.end());
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${proxy.address().port}`,
    close: () => new Promise((resolve) => {
      proxy.closeAllConnections();
      proxy.close(() => resolve());
    }),
  };
}
