// The encrypting adapter is one more StorageAdapter: the same contract as every other, over IndexedDB
// and over memory, with one key shared by the two instances (two tabs of one signed-in user).
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { encryptedEnvelopeSchemas } from '../../src/storage/encrypted-envelope.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { runAdapterContract } from './adapter-contract.js';
import { freshDatabaseName } from './fixtures.js';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

runAdapterContract('EncryptingStorageAdapter over IndexedDB', async (limits = {}) => {
  const databaseName = freshDatabaseName('encrypted-contract');
  const key = await newKey();
  const first = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName, schemas: encryptedEnvelopeSchemas }), { key, ...(limits.first ? { limits: limits.first } : {}) });
  const second = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName, schemas: encryptedEnvelopeSchemas }), { key, ...(limits.second ? { limits: limits.second } : {}) });
  return {
    first,
    second,
    dispose: async () => {
      await first.close();
      await second.close();
      await Dexie.delete(databaseName);
    },
  };
});

runAdapterContract('EncryptingStorageAdapter over memory', async (limits = {}) => {
  const name = freshDatabaseName('encrypted-memory');
  const key = await newKey();
  const first = new EncryptingStorageAdapter(new MemoryStorageAdapter({ name, schemas: encryptedEnvelopeSchemas }), { key, ...(limits.first ? { limits: limits.first } : {}) });
  const second = new EncryptingStorageAdapter(new MemoryStorageAdapter({ name, schemas: encryptedEnvelopeSchemas }), { key, ...(limits.second ? { limits: limits.second } : {}) });
  return { first, second, dispose: async () => Promise.all([first.close(), second.close()]).then(() => undefined) };
});
