/**
 * Reading inputs: a file path, or "-" for standard input. Returns bytes; the
 * library's decode stage turns them into text.
 */
import { readFile } from 'node:fs/promises';
import { InputError, describeSystemError } from './errors.js';

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(name: string): Promise<Uint8Array> {
  if (name === '-') return readStdin();
  try {
    return await readFile(name);
  } catch (error) {
    throw new InputError(name, describeSystemError(error));
  }
}
