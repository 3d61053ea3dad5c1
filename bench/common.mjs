// Shared by the benchmark scripts (run.mjs, map.mjs): a local server and the statistics they print.

/** Listens on a free port of 127.0.0.1; resolves to `{ server, origin }`. */
export function listen(server) {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const round1 = (x) => Math.round(x * 10) / 10;
