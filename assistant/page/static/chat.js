// Clicks inside the conversation: [n] and labels open the context (a server event), コピー copies
// 「quote」（出典：label） in the browser (with a fallback where the page is not a secure context).
element.addEventListener('click', async (e) => {
  const copy = e.target.closest('.pa-copy');
  if (copy) {
    const text = copy.dataset.paste;
    let ok = false;
    try { await navigator.clipboard.writeText(text); ok = true; } catch (err) {
      const area = document.createElement('textarea'); area.value = text; document.body.appendChild(area);
      area.select(); ok = document.execCommand('copy'); area.remove();
    }
    copy.textContent = ok ? 'コピーしました' : 'コピーできませんでした';
    setTimeout(() => { copy.textContent = 'コピー'; }, 2000);
    return;
  }
  const open = e.target.closest('.pa-open, .pa-ref');
  if (open) trigger('click', {key: open.dataset.key});
});
