// Small helpers the server asks the browser for.
window.jobQuality = {
    // The viewer's time zone, so times in the history read in their own clock.
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,

    // After a canvas item moves, keep the keyboard on the button that moved it; at the top or bottom of its square that
    // button is disabled, so the other one takes the focus instead.
    focusMoveButton: (itemId, direction) => {
        const item = document.querySelector(`[data-item="${itemId}"]`);
        if (!item) return;
        const same = item.querySelector(`button[data-move="${direction}"]`);
        const other = item.querySelector(`button[data-move="${direction === "up" ? "down" : "up"}"]`);
        (same && !same.disabled ? same : other)?.focus();
    },
};
