/** A soft two-tone chime, synthesised (no sound file to ship or to load). */
export function playChime(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const start = context.currentTime;
  [660, 880].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start + i * 0.35);
    gain.gain.linearRampToValueAtTime(0.18, start + i * 0.35 + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.35 + 1.2);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + i * 0.35);
    oscillator.stop(start + i * 0.35 + 1.3);
  });
  setTimeout(() => void context.close(), 2500);
}

const CHIME_KEY = 'samspil.chime';

/** Whether the chime is on: a preference of this computer, not of the workspace. */
export function chimeEnabled(): boolean {
  return localStorage.getItem(CHIME_KEY) === 'on';
}

export function setChimeEnabled(on: boolean): void {
  localStorage.setItem(CHIME_KEY, on ? 'on' : 'off');
}
