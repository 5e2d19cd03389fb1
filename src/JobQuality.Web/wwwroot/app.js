// Small helpers the server asks the browser for.
window.jobQuality = {
    // The viewer's time zone, so times in the history read in their own clock.
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
