// Draws each chart only when it comes near the screen: Chart.js is fetched then, and only on
// pages that have a chart. Printing draws every chart first.

async function draw(holder: HTMLElement): Promise<void> {
  if (holder.dataset.drawn) return;
  holder.dataset.drawn = 'yes';
  const { renderChart } = await import('./chart-render.ts');
  // The table beside it stays as the reader left it: folding it away would move the page and
  // drop the focus of anyone reading it.
  renderChart(holder);
}

export function watchCharts(): void {
  const holders = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const holder = entry.target.querySelector<HTMLElement>('[data-chart]');
        if (holder) void draw(holder);
      }
    },
    { rootMargin: '300px 0px' },
  );
  // The holder is hidden until drawn, so it has no box to watch: its figure is watched instead.
  for (const holder of holders) observer.observe(holder.closest('figure') ?? holder);
  window.addEventListener('beforeprint', () => {
    for (const holder of holders) void draw(holder);
  });
}
