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

    // Brings an element into view and puts the keyboard on it (e.g. the comment thread a notification links to).
    focusElement: selector => {
        const element = document.querySelector(selector);
        if (!element) return;
        element.scrollIntoView({ block: "nearest" });
        element.focus();
    },

    // Sends the chosen file as the request body (streamed by the browser, never through the live connection), reporting
    // each whole percent sent and then the answer to the page. Returns false when no file is chosen.
    uploadFile: (inputId, url, page) => {
        const file = document.getElementById(inputId)?.files?.[0];
        if (!file) return false;
        const request = new XMLHttpRequest();
        request.open("POST", `${url}${url.includes("?") ? "&" : "?"}fileName=${encodeURIComponent(file.name)}`);
        request.setRequestHeader("Content-Type", "text/csv");
        let percent = -1;
        request.upload.onprogress = e => {
            if (!e.lengthComputable) return;
            const now = Math.floor(100 * e.loaded / e.total);
            if (now !== percent) page.invokeMethodAsync("UploadProgress", percent = now);
        };
        request.onload = () => page.invokeMethodAsync("UploadFinished", request.status, request.responseText);
        request.onerror = () => page.invokeMethodAsync("UploadFinished", 0, "");
        request.send(file);
        return true;
    },

    // The chosen file's name and size, to show before sending it.
    chosenFile: inputId => {
        const file = document.getElementById(inputId)?.files?.[0];
        return file ? { name: file.name, size: file.size } : null;
    },
};
