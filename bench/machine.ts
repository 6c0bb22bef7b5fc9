import os from 'node:os';

export type Machine = { cores: number; memoryGb: number; cpu: string; node: string; platform: string };

export function describeMachine(): Machine {
  return {
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}
