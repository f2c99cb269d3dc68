# deception.clickbait: fake prizes, fake system alerts, fake buttons, false
# urgency, sensational bait.
DATA = r"""
@ vertical=content_arbitrage lang=en
You WON an iPhone 16! | Congratulations, you are today's lucky visitor. Claim your prize in 60 seconds. | cb
~Lucky Visitor: Claim Your iPhone | You were selected today. Answer 3 questions to claim. | cb
Your PC Is Infected With 5 Viruses | Click OK to remove them now. Scan complete: 5 threats found. | cb
~Warning: 5 Viruses Detected | Your computer is at risk. Tap Remove Now to clean your device. | cb
Battery Damaged 84% | Your phone battery is damaged by a virus. Download the repair app immediately. | cb
Your Account Will Be Suspended | Verify your details within 24 hours to keep your account active. | cb
Package Delivery Failed | Pay $1.99 redelivery fee to receive your package. | cb
[Download] [Play] [Continue] | Click to start your download. | cb
You Have (3) Unread Messages | Someone sent you a private message. Open now. | cb
She Was Fired After This Photo | You won't believe what happened next. | cb
Only 2 Minutes Left!!! | This offer expires forever. Act now before it's too late! | cb
Walmart Gift Card $1,000 | You've been chosen to receive a $1,000 gift card. Claim now. | cb
Congratulations Amazon User | You've been selected for our loyalty reward. Spin the wheel. | cb
Celebrity Dies at 54 | Fans are heartbroken. See what happened. | cb
Your Free Gift Is Waiting | Just pay $4.95 shipping to claim your free smartwatch. | cb
Final Notice: Your Car's Warranty | We've been trying to reach you about your vehicle warranty. | cb
Apple Security Alert | Your iPhone has been hacked. Call Apple Support at 1-888-555-0100. | cb
Microsoft Warning: Error #268D3 | Do not restart your computer. Call technical support now. | cb
Click Here to Claim Your Refund | The IRS owes you money. Claim before it expires. | cb
Netflix Payment Failed | Update your payment details now to avoid cancellation. | cb
Mom Discovers $1 Trick | Local mom's discovery has cable companies furious. | cb
What Happens Next Will Shock You | This dog saw something at the window. Watch now. | cb
Shocking Photos Leaked | Before they are deleted! Click to see now. | cb
You Are the 1,000,000th Visitor | Claim your reward before someone else does. | cb
Download Now (Virus-Free) | Your download is ready. Click the big green button. | cb
Your Photos Will Be Deleted | Storage full. Upgrade now or lose all your photos. | cb
Survey Reward: $500 Gift Card | Complete our 30-second survey to claim your reward. | cb
Claim Your Free Xbox | Only 3 consoles left for your region. | cb
Your IP Address Is Exposed | Hackers can see your location. Install protection now. | cb
Breaking: Famous Actor's Secret Revealed | Hollywood is stunned. Read the full story. | cb
Scan Your Phone Now | Your device is running slow because of 13 junk files. Clean now. | cb
Last Chance to Claim Your Prize | You were selected 3 days ago. This is your final reminder. | cb
This Grocery Trick Saves $1,000 a Month | Stores hate it. Learn the secret. | cb
Who Viewed Your Profile? | 7 people viewed your profile today. See who. | cb
Your Bank Account Is Locked | Suspicious activity detected. Verify your identity now. | cb
Stop! Don't Close This Window | Your session is about to expire. Click Continue. | cb
Toll Payment Overdue | Pay your unpaid toll of $3.80 to avoid a fine. | cb
Gamers: Free V-Bucks Generator | Unlimited V-Bucks, no survey, 100% working. | cb
Only 1 Left! 47 People Are Looking | Buy now before it's gone forever. | cb
Free Trial, Just Pay Shipping | Try our teeth whitening kit free. Cancel anytime.* | cb
Play Video ▶ | Watch what she did at the wedding. Viral now. | cb
Your Wi-Fi Is Being Stolen | Neighbors are using your Wi-Fi. See who with this app. | cb
You Qualify for a Free Cruise | Press 1 to claim your 7-night Bahamas cruise. | cb
Horrible News for Homeowners | New rule could cost you thousands. Check your address. | cb
Photos of the Crash Site | Shocking images they didn't want you to see. Click before removed. | cb, gore
Fake Close Button ✕ | Tap the X to continue to your free prize. | cb
System Update Required | Your Android is out of date. Update now to protect your data. | cb
24 Hours Left: Claim Your Inheritance | A distant relative left you $4.2 million. Respond today. | cb, fc
Amazing Deal Ends in 00:04:59 | Countdown resets every visit, order now! | cb
Meet Her Before It's Too Late | She's waiting for your reply. 1 new message. | cb, sug
Your Social Security Number Was Suspended | Call now to reactivate. | cb
Post Office: Your Parcel Is On Hold | Confirm your address and pay a small customs fee. | cb
"""
