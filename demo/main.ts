const storageStatus = document.querySelector('#storage-status');
if (storageStatus) storageStatus.textContent = 'indexedDB' in window ? 'IndexedDB is available: records are kept in this browser.' : 'IndexedDB is unavailable.';
export {};
