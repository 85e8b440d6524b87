// Language switch of the documentation: French by default, English on demand, remembered.
(() => {
  const root = document.documentElement;
  const saved = (() => { try { return localStorage.getItem('lp-rules-lang'); } catch { return null; } })();
  if (saved === 'en' || saved === 'fr') root.dataset.lang = saved;
  const button = document.getElementById('lang-switch');
  if (!button) return;
  button.addEventListener('click', () => {
    root.dataset.lang = root.dataset.lang === 'en' ? 'fr' : 'en';
    try { localStorage.setItem('lp-rules-lang', root.dataset.lang); } catch { /* private mode */ }
  });
})();
