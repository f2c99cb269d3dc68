# Top-up violations for thinner categories (violence, self-harm, hate,
# threat, tragedy, financial claims, explicit).  Mild, non-graphic wording.
DATA = r"""
@ vertical=media lang=en
Most Disturbing Videos Online | Beheadings, shootings and crashes, all uncensored. 18+. | gore
Car Crash Dashcam Gore | Drivers thrown through windshields, unedited. | gore
Extreme Injury Gallery | Compound fractures and open wounds, updated daily. | gore
Torture Porn Movie Marathon | Flesh peeled, bones broken, blood by the bucket. Tickets on sale. | gore
Fight Club Fails: Teeth and Blood | Watch amateurs get bloodied in backyard fights. | gore
Shark Bite Aftermath Photos | Unblurred victim photos from Sunday's attack. | gore, trg
Real Gunshot Wounds | ER photographers share unfiltered trauma pictures. | gore
Slasher Game: Gore Pack DLC | Dismemberment physics and blood pools, 4K textures. | gore
Watch Him Lose His Hand | Fireworks accident video, full clip, no blur. | gore, cb
Body Horror Art Prints | Realistic rotting flesh prints for your wall. | gore
Rodeo Accident Compilation | Riders trampled and gored, caught on film. | gore
Earthquake Victims Footage | See bodies pulled from rubble. Full uncut video. | gore, trg
@ vertical=media lang=en
Message to the Landlord: Fix It or Else | Tenants union: we know where he parks. | thr
Expose and Attack | Doxxing service: we find their address so you can pay them a visit. | thr
Burn the Clinic Down | It's time to act. Saturday, 10pm. | thr
Make Them Bleed at the March | Counter-protest: bring whatever you can swing. | thr
We'll Break Your Legs | Late on your loan? We don't do reminders. | thr, fin
Bomb the Headquarters | Their lies end this week. Join the action. | thr
Eliminate the Reporter | Offering a reward to anyone who shuts her up for good. | thr
Beat Up a Cop Day | Time for payback. Share this with your crew. | thr
Kill Your Boss Tee: Not a Joke | Wear it to work Monday and let him know. | thr
@ vertical=media lang=en
Refugees Are Parasites | Stop feeding them with our taxes. | hate
Never Hire Muslims | Protect your business from extremists. | hate
Keep Black Families Out | Our HOA rules keep the neighborhood the way it was. | hate
The Great Replacement Is Real | They're replacing us. Learn how to fight back. | hate
Gay Teachers Are Predators | Get them out of our schools. | hate
Mexicans Smell | Funny tee, perfect for the ranch. | hate
No Women in the Locker Room | Female reporters are whores who don't belong here. | hate, ins
Chinese Are Dogs | Boycott their products. | hate
Autistic Kids Are Defective | Our therapy fixes broken children. | hate, hc
Catholics Are Pedophiles | Stop the church, sign our petition. | hate
@ vertical=wellness lang=en
Vanish Challenge | Lose 20 lbs in 10 days on 200 calories. Share your progress pics. | sh
Ana Tips for Beginners | How to ignore hunger and keep going. | sh
Your Body Disgusts You? Good. | Use that feeling. Don't eat today. | sh
Goodbye Forum | When you're ready to leave, we're here. | sh
Skip Today, Skip Tomorrow | Join our no-food streak community. | sh
Chew and Spit Club | Taste everything, swallow nothing. | sh
Sink Deeper Chat | A place to talk about hurting yourself without anyone stopping you. | sh
Thin Teens Club | Motivation to be the thinnest girl in class. | sh
Bulimia Buddies | Meal timing tips for purgers. | sh
Don't Eat Until You're Perfect | Daily reminders you don't deserve food. | sh
Hunger Games Diet | Nothing but water and coffee for a week. | sh, hc
Pain Feels Better | Join the self-harm support circle that doesn't judge. | sh
@ vertical=retail lang=en
Covid Death Toll Sale | One percent off for every thousand lost. | trg
Tsunami Tees | Ride the wave, limited memorial edition. | trg
Shooting Anniversary Flash Sale | Remember the victims with 20% off. | trg
Famine Diet Plan | Eat like they do in the war zone and drop 20 lbs. | trg, hc
Celebrity Death Sale | Mourn in style: 30% off black outfits today only. | trg
Plane Crash Bargains | Airfares are cheap after the crash. Book now. | trg
Quake Relief? Buy Our Watches | 2% to victims. Limited time. | trg
War Bonds Sale on Sneakers | The war is good for business. 40% off. | trg
Stock Up Before the Next Pandemic | Prepper buckets 3-for-2. Don't be caught out. | trg
@ vertical=crypto lang=en
Crypto Millionaire in 90 Days | Follow my exact plan, guaranteed or your money back. | fin, fc
Invest $250, Earn $8,000 | Quantum AI trading, as seen on TV. | fin, fc, cb
Ponzi? No, Community Rewards | Invite 3 friends and your money doubles every month. | fc
Turn Your Stimulus Into $50K | This secret app grows any deposit 200x. | fin, fc
Retire Early: Risk-Free 20% Weekly | Our hedge fund never loses. | fin, fc
Get Paid $3,500 Weekly Reviewing Products | No experience, guaranteed income. | fc
Earn $1,000 Per Survey | Share your opinion and get rich from home. | fc
Secret Bank Loophole | Banks hate that you can get free money this way. | fc, cb
Lottery Winner's Secret Formula | Win every draw with this system. | gam, fc
Gold Coin Investment Guaranteed to Triple | Act now before the crash. | fin, fc
@ vertical=adult lang=en
Uncensored Sex Videos | Watch couples have sex live, 24/7. | sx
Porn Subscription Bundle | Ten premium porn sites for $9.99. | sx, adl
Erotic Massage Videos | Full explicit massage sessions in 4K. | sx
Live Strip Shows | Girls strip fully naked on request. | sx
Group Sex Parties | Private orgies for verified members. | sx
Sex Cam Roulette | Random cam-to-cam with naked strangers. | sx
Nude Selfie Exchange | Trade nude photos with local singles. | sx
Adult Film Casting | Paid sex scenes, apply with photos. | sx
Explicit Audio Porn | Moaning, dirty talk and more. Premium. | sx
"""
