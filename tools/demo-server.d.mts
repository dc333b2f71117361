export const corpusDir: string;
export interface Story {
  id: string;
  outlet: string;
  headline: string | null;
  date: string | null;
  url: string | null;
  byline: string | null;
  language: string;
  paragraphs: string[];
}
export interface DemoServer {
  origin: string;
  requests: string[];
  stories: Story[];
  storyUrl(id: string): string;
  close(): Promise<void>;
}
export function startDemoServer(opts?: { port?: number; host?: string }): Promise<DemoServer>;
export function loadStories(): Story[];
export function corpusPages(): string[];
