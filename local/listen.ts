import type { Server } from 'node:http';

/** The sentence for a port that is taken: which program could not start and which variable picks another port. */
export const portTakenMessage = (port: number, what: string, portVariable: string, command = 'npm start'): string =>
  `Port ${port} is already in use, so the ${what} cannot start. Stop the program using it, or choose another port, e.g. ${portVariable}=${port + 10} ${command}.`;

/** Listens, and turns "port taken" into the sentence above. */
export function listenOrExplain(server: Server, port: number, host: string, what: string, portVariable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error.code === 'EADDRINUSE' ? new Error(portTakenMessage(port, what, portVariable)) : error);
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
