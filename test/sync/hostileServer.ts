// Test support, run as its own process: a "sync server" that signs anyone in, then answers every
// other request with an endless JSON-looking stream (up to the byte count given), and reports on
// stdout how many bytes it had written when each answer ended.

import { createServer } from 'node:http';

const limit = Number(process.argv[2] ?? 400 * 1024 * 1024);
const chunk = Buffer.alloc(64 * 1024, 'x');

const server = createServer((request, response) => {
  if (request.url === '/_session') {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'AuthSession=abc; Path=/; HttpOnly' });
    response.end('{"ok":true,"name":"ann","roles":[]}');
    return;
  }
  response.writeHead(200, { 'Content-Type': 'application/json' });
  let sent = 0;
  const report = (): void => console.log(JSON.stringify({ sent }));
  response.on('close', report);
  const pump = (): void => {
    while (sent < limit) {
      sent += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    response.end();
  };
  response.write('{"results":["');
  pump();
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as { port: number }).port })));
