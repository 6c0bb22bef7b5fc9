import type { Server } from 'node:http';

/** Listens, and turns "port taken" into a sentence that says which variable picks another port. */
export function listenOrExplain(server: Server, port: number, host: string, what: string, portVariable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`Port ${port} is already in use, so the ${what} cannot start. Stop the program using it, or choose another port, e.g. ${portVariable}=${port + 10} npm start.`));
      } else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
