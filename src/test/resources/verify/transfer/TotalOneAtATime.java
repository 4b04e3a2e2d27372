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

    public void transfer(int from, int to, int amount) {
        // every thread takes the lower-numbered account first: no cycle of waits can form
        Object first = locks[Math.min(from, to)];
        Object second = locks[Math.max(from, to)];
        synchronized (first) {
            synchronized (second) {
                balances[from] -= amount;
                balances[to] += amount;
            }
        }
    }

    public int balance(int account) {
        synchronized (locks[account]) {
            return balances[account];
        }
    }

    public int total() { // one account at a time: no two locks held, so nothing to order
        int sum = 0;
        for (int i = 0; i < balances.length; i++) {
            sum += balance(i);
        }
        return sum;
    }
}
