import java.util.concurrent.locks.ReentrantLock;

/** Accounts with balances; transfers run from many threads at once. */
public class Bank {
    private final int[] balances;
    private final ReentrantLock[] locks;

    public Bank(int accounts, int initialBalance) {
        balances = new int[accounts];
        locks = new ReentrantLock[accounts];
        for (int i = 0; i < accounts; i++) {
            balances[i] = initialBalance;
            locks[i] = new ReentrantLock();
        }
    }

    public void transfer(int from, int to, int amount) {
        ReentrantLock first = locks[Math.min(from, to)], second = locks[Math.max(from, to)];
        first.lock();
        try {
            second.lock();
            try {
                balances[from] -= amount;
                balances[to] += amount;
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }

    public int balance(int account) {
        locks[account].lock();
        try {
            return balances[account];
        } finally {
            locks[account].unlock();
        }
    }

    public int total() {
        for (ReentrantLock lock : locks) { // all of them, in the order transfer() takes them
            lock.lock();
        }
        try {
            int sum = 0;
            for (int balance : balances) {
                sum += balance;
            }
            return sum;
        } finally {
            for (ReentrantLock lock : locks) {
                lock.unlock();
            }
        }
    }
}
