const status = document.querySelector('#storage-status');
if (status) status.textContent = 'indexedDB' in window ? 'IndexedDB is available: records are kept in this browser.' : 'IndexedDB is unavailable.';
