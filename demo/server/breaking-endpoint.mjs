// A local endpoint for the demo's live banner: a different fictional story
// every minute, with ETags so an unchanged answer is a 304. No network needed.

const STORIES = [
  {
    id: 'demo-live-1',
    headline: 'Storm warning lifted for the coast',
    url: 'https://news.lede.example/live/storm',
  },
  {
    id: 'demo-live-2',
    headline: 'Rail strike called off after overnight talks',
    url: 'https://news.lede.example/live/rail',
  },
  {
    id: 'demo-live-3',
    headline: 'Central bank holds interest rates steady',
    url: 'https://news.lede.example/live/rates',
  },
];

export function breakingEndpoint(context, next) {
  if (context.path !== '/demo/demo-api/breaking.json') return next();
  const minute = Math.floor(Date.now() / 60_000);
  const story = STORIES[minute % STORIES.length];
  const etag = `"${story.id}-${minute}"`;
  context.set('ETag', etag);
  context.set('Cache-Control', 'no-cache');
  if (context.get('If-None-Match') === etag) {
    context.status = 304;
    return;
  }
  context.type = 'application/json';
  context.body = JSON.stringify({ ...story, lang: 'en', published: new Date(minute * 60_000).toISOString() });
}
