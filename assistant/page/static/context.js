// Keep the highlighted quote in view when the context panel changes; a click on the page image enlarges it.
watch('value', () => { element.querySelector('mark')?.scrollIntoView({block: 'center'}); });
element.addEventListener('click', (e) => { e.target.closest('.pa-page')?.classList.toggle('pa-page-large'); });
