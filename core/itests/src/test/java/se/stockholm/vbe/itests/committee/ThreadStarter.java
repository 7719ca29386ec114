package se.stockholm.vbe.itests.committee;

/**
 * A hostile component for the trust tests: on activation it starts a thread named {@value #THREAD} that
 * outlives its bundle and ends only when interrupted.
 */
public class ThreadStarter implements Runnable {

    public static final String THREAD = "vbe-test-lingering-thread";

    /** Called by DS (the component XML names it). */
    public void activate() {
        new Thread(this, THREAD).start();
    }

    @Override
    public void run() {
        try {
            while (true) {
                Thread.sleep(60_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
