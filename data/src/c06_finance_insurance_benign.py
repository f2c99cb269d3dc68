# Compliant finance-adjacent ads: deposit accounts, insurance, tax, accounting,
# budgeting, payroll, fraud protection.  Rule (README): deposit/savings/checking,
# insurance, tax and accounting products are NOT regulated.financial; credit,
# loans, investments, trading, crypto and BNPL-as-a-product are.
DATA = r"""
@ vertical=finance lang=en
Open a Checking Account in 5 Minutes | No monthly fees, no minimum balance, 55,000 fee-free ATMs. Harbor Bank, Member FDIC.
High-Yield Savings at 4.10% APY | FDIC-insured savings with no fees. Rate may change. Harbor Bank.
~Savings That Work Harder | Earn 4.10% APY on every dollar. No minimums, no monthly fees. Member FDIC.
Kids' Savings Account | Teach money habits early. Parent-controlled account with goals and chores.
Budgeting App | See where your money goes. Connect your accounts and build a budget in 10 minutes.
File Your Taxes Free | Simple federal returns filed free. State returns $19. Maximum refund guaranteed.
Small Business Bookkeeping | Dedicated bookkeeper, monthly reports, tax-ready books. From $249/month.
Payroll in 3 Clicks | Run payroll, file payroll taxes and pay contractors. First month free.
Identity Theft Protection | Dark web monitoring, credit alerts and $1M insurance coverage.
Credit Union Membership | Local, member-owned and here for you. Join with a $5 deposit.
Free Financial Literacy Workshop | Budgeting basics at the public library, Thursday 6pm. No sales pitch.
Business Checking | Free ACH, unlimited transactions, integrates with QuickLedger. Member FDIC.
Estate Planning Attorney | Wills, trusts and powers of attorney. Flat-fee packages.
Tax Prep at Our Office | Walk in or book an appointment with an enrolled agent. Open evenings in tax season.
Send Money Abroad | Low transparent fees and real exchange rates to 70 countries.
Expense Management | Corporate expense reports with receipt scanning and auto-approval rules.
CPA for Freelancers | Quarterly estimated taxes and deductions handled for you.
Coin Counting | Bring your jar of coins to any branch. Free counting for customers.
Secure Online Banking | Two-factor login, card locks and instant alerts in the Harbor app.
Invoice Your Clients Faster | Create invoices, accept cards and get paid 2x faster. Free plan available.
@ vertical=insurance lang=en
Car Insurance Quote in 3 Minutes | Drivers who switched saved an average of $480. Compare rates now.
~Switch and Save on Auto Insurance | Get your quote online in minutes. Bundling with home saves more.
Renters Insurance From $12/Month | Protect your stuff against theft, fire and water damage.
Pet Insurance | Cover vet bills for accidents and illnesses. Dogs and cats of any age.
Term Life Insurance | Protect your family with coverage from $15 a month. No medical exam for many applicants.
Homeowners Insurance Review | Are you underinsured? Free policy review with a local agent.
Small Business Insurance | General liability and professional liability in one policy. Quote in minutes.
Travel Medical Coverage | Emergency medical insurance for trips abroad. Buy before you fly.
Health Insurance Open Enrollment | Compare marketplace plans before December 15. Licensed agents available.
Dental Insurance | Cleanings covered 100%. Plans from $22 a month.
Motorcycle Insurance | Coverage for sport bikes, cruisers and custom parts.
Flood Insurance | Standard home policies don't cover floods. Get a quote today.
Boat Insurance | Coverage on and off the water. Towing assistance included.
Medicare Supplement Questions? | Talk to a licensed advisor. Compare plans in your area at no cost.
Wedding Insurance | Protect your deposits if the venue cancels or weather strikes.
Landlord Insurance | Cover rental properties against damage and loss of rent.
Cyber Insurance for SMBs | Coverage for breaches, ransomware and business interruption.
Phone Insurance | Cracked screens and theft covered for $8/month.
Umbrella Policy | Extra liability protection above your home and auto policies.
Vision Insurance | Yearly eye exam and $150 frame allowance. Enroll anytime.
"""
