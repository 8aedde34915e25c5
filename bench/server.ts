/** A built page served by `vite preview` on a local port, for the Chromium parts of the bench. */
import { spawn, type ChildProcess } from 'node:child_process';

/** Starts `vite preview` for `dist` on `port` and resolves once it answers. */
export function startPreview(port: number, dist: string): Promise<ChildProcess> {
  const args = ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite preview did not start on port ${port}`)), 30_000);
    const check = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) {
          clearTimeout(timer);
          resolve(child);
          return;
        }
      } catch {
        // not up yet
      }
      setTimeout(check, 200);
    };
    child.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
    void check();
  });
}

/** Stops a server started by startPreview (its whole process group). */
export function stopPreview(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
